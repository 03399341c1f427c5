import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import {jsonInScript} from '@site/plugins/roadmap/safeContent/jsonInScript';

/**
 * Docusaurus's blog post JSON-LD, with its JSON escaped for a `<script>`
 * (a post's title could otherwise end the block and run code).
 */
export default function BlogPostStructuredData(): ReactNode {
  const structuredData = useBlogPostStructuredData();
  return (
    <Head>
      <script type="application/ld+json">{jsonInScript(structuredData)}</script>
    </Head>
  );
}
