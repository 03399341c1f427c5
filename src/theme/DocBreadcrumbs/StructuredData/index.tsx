import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import {jsonInScript} from '@site/plugins/roadmap/safeContent/jsonInScript';

/**
 * Docusaurus's breadcrumbs JSON-LD, with its JSON escaped for a `<script>`
 * (a doc's or category's title could otherwise end the block and run code).
 */
export default function DocBreadcrumbsStructuredData(props: Props): ReactNode {
  const structuredData = useBreadcrumbsStructuredData({breadcrumbs: props.breadcrumbs});
  return (
    <Head>
      <script type="application/ld+json">{jsonInScript(structuredData)}</script>
    </Head>
  );
}
