/** A stage as the pipelines and deals endpoints return it. */
export interface Stage {
  id: string;
  name: string;
  order: number;
  probability: number;
  outcome: 'won' | 'lost' | null;
}
