import {algoliasearch, type SearchClient} from 'algoliasearch';
import {createHttpRequester} from '@algolia/requester-node-http';
import {BATCH_SIZE, INDEX_SETTINGS} from './indexSettings';
import {progressRequester} from './progressRequester';
import type {AlgoliaRecord} from './records';

export interface AlgoliaTarget {
  appId: string;
  adminKey: string;
  indexName: string;
  /**
   * Hosts to send requests to over plain HTTP instead of Algolia's, e.g.
   * `127.0.0.1:8123`: the contract tests' recording server.
   */
  hosts?: string[];
}

/** The v5 client, with progress per batch, pointed at Algolia or at the given hosts. */
function pushClient(target: AlgoliaTarget, totalBatches: number, report: (line: string) => void): SearchClient {
  return algoliasearch(target.appId, target.adminKey, {
    requester: progressRequester(createHttpRequester(), totalBatches, report),
    ...(target.hosts
      ? {hosts: target.hosts.map((url) => ({url, accept: 'readWrite' as const, protocol: 'http' as const}))}
      : {}),
  });
}

/**
 * Settings first (and waits for them), then every record through
 * replaceAllObjects: a temporary index is filled and moved over the live one,
 * so readers never see a half-filled index. An empty set is refused: it would
 * empty the live index.
 */
export async function pushRecords(
  target: AlgoliaTarget,
  records: readonly AlgoliaRecord[],
  report: (line: string) => void,
): Promise<void> {
  if (records.length === 0) {
    throw new Error(
      'search:algolia: no record to push (expected the pages of a build: run `npm run build` first); an empty push would empty the index',
    );
  }
  const batches = Math.ceil(records.length / BATCH_SIZE);
  const client = pushClient(target, batches, report);
  report(`[search:algolia] settings of ${target.indexName}`);
  const {taskID} = await client.setSettings({indexName: target.indexName, indexSettings: INDEX_SETTINGS});
  await client.waitForTask({indexName: target.indexName, taskID});
  report(
    `[search:algolia] ${records.length} records in ${batches} batch${batches === 1 ? '' : 'es'} of up to ${BATCH_SIZE}`,
  );
  await client.replaceAllObjects({
    indexName: target.indexName,
    objects: records as unknown as Record<string, unknown>[],
    batchSize: BATCH_SIZE,
  });
  report(`[search:algolia] ${target.indexName} now holds ${records.length} records`);
}
