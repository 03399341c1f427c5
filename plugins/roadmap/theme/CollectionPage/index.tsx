import type {ReactNode} from 'react';
import EmptySection from '@theme/EmptySection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {ViewOf} from '@theme/View';
import type {Props} from '@theme/CollectionPage';

/** A kind's list page, as its definition's `listPage` says: a view of its entries, or one per group. */
export default function CollectionPage({page}: Props): ReactNode {
  const empty = page.groups.every((group) => group.view.rows.length === 0);
  return (
    <Layout title={page.title} description={page.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{page.title}</Heading>
        {empty ? (
          <EmptySection what={page.what} />
        ) : (
          page.groups.map((group) =>
            group.title === undefined ? (
              <ViewOf key="" view={group.view} />
            ) : (
              <section key={group.title}>
                <Heading as="h2">{group.title}</Heading>
                <ViewOf view={group.view} />
              </section>
            ),
          )
        )}
      </main>
    </Layout>
  );
}
