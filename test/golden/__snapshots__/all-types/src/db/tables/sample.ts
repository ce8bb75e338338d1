/** The `samples` table (model Sample). */
export interface SampleTable {
  id: string;
  label: string;
  notes: string | null;
  quantity: number;
  ratio: number | null;
  price: string;
  active: number;
  flagged: number | null;
  released_on: string | null;
  published_at: string | null;
  external_id: string | null;
  metadata: string;
  settings: string | null;
  kind: 'basic' | 'premium' | 'legacy';
  order: number | null;
  select: string | null;
  from: string | null;
  created_at: string;
  updated_at: string;
}
