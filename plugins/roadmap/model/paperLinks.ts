/** Where a paper can be read: arXiv, then DOI, then its URL, each with a label. */
export function paperLinks(paper: {arxiv?: string | undefined; doi?: string | undefined; url?: string | undefined}) {
  return [
    ...(paper.arxiv === undefined
      ? []
      : [{href: `https://arxiv.org/abs/${paper.arxiv}`, label: `arXiv:${paper.arxiv}`}]),
    ...(paper.doi === undefined ? [] : [{href: `https://doi.org/${paper.doi}`, label: `doi:${paper.doi}`}]),
    ...(paper.url === undefined ? [] : [{href: paper.url, label: 'Link'}]),
  ];
}
