import {themes} from 'prism-react-renderer';
import {readableCodeTheme} from './readableCodeTheme';

/** The code-block themes of docusaurus.config.ts (themeConfig.prism): GitHub's and Dracula's, at AA contrast. */
export const lightCodeTheme = readableCodeTheme(themes.github);
export const darkCodeTheme = readableCodeTheme(themes.dracula);
