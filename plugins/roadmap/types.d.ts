/// <reference types="@docusaurus/module-type-aliases" />

declare module '@theme/RoadmapHome' {
  import type {ReactNode} from 'react';
  import type {HomePageData} from 'plugins/roadmap/model/homePage';

  export interface Props {
    readonly home: HomePageData;
  }
  export default function RoadmapHome(props: Props): ReactNode;
}
