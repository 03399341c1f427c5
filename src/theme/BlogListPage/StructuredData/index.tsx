import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBlogListPageStructuredData} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogListPage/StructuredData';
import {jsonInScript} from '@site/plugins/roadmap/safeContent/jsonInScript';

/**
 * Docusaurus's blog list JSON-LD, with its JSON escaped for a `<script>`
 * (any post's title could otherwise end the block and run code).
 */
export default function BlogListPageStructuredData(props: Props): ReactNode {
  const structuredData = useBlogListPageStructuredData(props);
  return (
    <Head>
      <script type="application/ld+json">{jsonInScript(structuredData)}</script>
    </Head>
  );
}
