/** Rows with a parent link as a tree (departments, columns), and as TreeSelect options. */
export type TreeRow<T> = T & { children?: TreeRow<T>[] };

export function toTree<T extends { id: string; parentId: string | null }>(items: T[]): TreeRow<T>[] {
  const rows = new Map<string, TreeRow<T>>(items.map((item) => [item.id, { ...item }]));
  const roots: TreeRow<T>[] = [];
  for (const row of rows.values()) {
    const parent = row.parentId ? rows.get(row.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

export interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

export function treeOptions<T extends { id: string; parentId: string | null }>(
  items: T[],
  label: (item: T) => string,
): TreeOption[] {
  const toOption = (row: TreeRow<T>): TreeOption => ({
    value: row.id,
    title: label(row),
    children: row.children?.map(toOption),
  });
  return toTree(items).map(toOption);
}
