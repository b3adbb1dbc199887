/** The fields of GET /api/programmes that choosing a programme needs. */
export interface ProgrammeOption {
  id: string;
  name: string;
  startDate: string;
  deliveryEnd: string;
  /** When it was imported: tells imports of the same name apart. */
  importedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}
