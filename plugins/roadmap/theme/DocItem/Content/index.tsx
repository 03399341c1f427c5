import type {ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useRouteContext from '@docusaurus/useRouteContext';
import type {WrapperProps} from '@docusaurus/types';
// A theme that wraps another theme's component imports it as @theme-init
// (@theme-original is for a site's own swizzles).
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import PaperCard from '@theme/PaperCard';
import {paperCard, type PaperFrontMatter} from '../../../model/paperCard';

type Props = WrapperProps<typeof ContentType>;

/**
 * Paper notes (the `papers` docs instance) show their log entry card between
 * the title and the note; every other doc renders as the classic theme does.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {plugin} = useRouteContext();
  const {metadata, frontMatter, contentTitle} = useDoc();
  if (plugin.id !== 'papers') return <Content {...props} />;
  // The build validated this front matter against the paper schema.
  const card = paperCard(frontMatter as unknown as PaperFrontMatter);
  const showTitle = !frontMatter.hide_title && contentTitle === undefined;
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {showTitle ? (
        <header>
          <Heading as="h1">{metadata.title}</Heading>
        </header>
      ) : null}
      <PaperCard card={card} />
      <MDXContent>{props.children}</MDXContent>
    </div>
  );
}
