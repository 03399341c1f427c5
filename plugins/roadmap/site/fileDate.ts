/** The date a post's file name starts with (`blog/2025-10-01-hello.md`), as the blog reads it, or undefined. */
export function fileDateOf(file: string): string | undefined {
  return /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]+$/.exec(file)?.[1];
}
