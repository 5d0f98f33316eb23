import { queryOptions } from '@tanstack/react-query';
import type { Workbench } from '@yunju/contracts';
import { api } from '../../api.ts';

export const workbenchQuery = queryOptions({
  queryKey: ['workbench'],
  queryFn: ({ signal }) => api.get<Workbench>('/api/workbench', undefined, signal),
});
