import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields a connection's query selects on its nodes, through `edges { node { … } }` and
 * `nodes { … }`, with fragments followed: a list can then read only the columns those fields
 * need. Over-counting is safe (a directive's `@skip` is not applied: more columns are read);
 * nothing selected is ever left out.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  // A query's parse is cached, so its field nodes are the same objects request after request.
  const only = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const known = only ? seen.get(only) : undefined;
  if (known) return known;
  const fields = new Set<string>();
  const onNode = (selectionSet: SelectionSetNode | undefined) =>
    eachField(info, selectionSet, (name) => fields.add(name));
  for (const node of info.fieldNodes)
    eachField(info, node.selectionSet, (name, field) => {
      if (name === 'nodes') onNode(field);
      if (name === 'edges')
        eachField(info, field, (edgeField, nodeSelection) => {
          if (edgeField === 'node') onNode(nodeSelection);
        });
    });
  if (only) seen.set(only, fields);
  return fields;
}

const seen = new WeakMap<FieldNode, ReadonlySet<string>>();

/** Calls `visit` with each field of a selection set (by schema name), fragments followed. */
function eachField(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode | undefined,
  visit: (name: string, selectionSet: SelectionSetNode | undefined) => void,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') visit(selection.name.value, selection.selectionSet);
    else if (selection.kind === 'InlineFragment') eachField(info, selection.selectionSet, visit);
    else eachField(info, info.fragments[selection.name.value]?.selectionSet, visit);
  }
}

/**
 * The properties a list must read for the node fields selected, from what each field needs;
 * null when a field is selected whose needs are not listed (the list reads every column).
 */
export function propertiesFor<P extends string>(
  selected: ReadonlySet<string>,
  needs: Readonly<Record<string, readonly P[]>>,
): P[] | null {
  const properties = new Set<P>();
  for (const field of selected) {
    const fieldNeeds = Object.hasOwn(needs, field) ? needs[field] : undefined;
    if (!fieldNeeds) return null;
    for (const property of fieldNeeds) properties.add(property);
  }
  return [...properties];
}
