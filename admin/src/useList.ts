import { useCallback, useEffect, useState } from 'react';
import { api, type Department } from './api';
import { useAction } from './useAction';

/**
 * The `{items}` a GET route returns, loaded now and again after every action run with `act`
 * (which says `done` or shows the server's Chinese message, see useAction).
 */
export function useList<T>(path: string) {
  const [items, setItems] = useState<T[]>([]);
  const load = useCallback(async () => setItems((await api<{ items: T[] }>('GET', path)).items), [path]);
  useEffect(() => {
    void load();
  }, [load]);
  const act = useAction(load);
  return { items, load, act };
}

/** The site's departments, for pickers. */
export function useDepartments(siteId: string): Department[] {
  return useList<Department>(`/departments?siteId=${siteId}`).items;
}
