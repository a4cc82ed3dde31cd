/** Query keys of the workflows feature; mutations invalidate `workflowsKeys.all`. */
export const workflowsKeys = {
  all: ['workflows'] as const,
  list: (query: object) => ['workflows', 'list', query] as const,
  detail: (id: string) => ['workflows', 'detail', id] as const,
  executions: (workflowId: string, query: object) => ['workflows', 'executions', workflowId, query] as const,
  execution: (id: string) => ['workflows', 'execution', id] as const,
};
