/** `GET /api/outreach/stock`: each point's items as on a date, from the movements alone. */
export interface StockLine {
  pointId: string;
  pointName: string;
  areaId: string;
  item: string;
  unit: string;
  in: number;
  out: number;
  balance: number;
}

export interface StockReport {
  report: 'stock';
  organisation: string;
  date: string;
  lines: StockLine[];
}
