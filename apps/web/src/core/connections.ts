/** A Relay connection as the client reads it (docs/api-contract.md, "Conventions"). */
export interface ConnectionLike<E> {
  readonly edges: readonly E[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

/** The next page appended to the pages already shown (for `fetchMore`'s `updateQuery`). */
export function appendPage<E, C extends ConnectionLike<E>>(
  previous: { readonly edges?: readonly E[] } | null | undefined,
  next: C,
): C {
  return { ...next, edges: [...(previous?.edges ?? []), ...next.edges] };
}
