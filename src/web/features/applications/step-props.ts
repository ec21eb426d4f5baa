/** What every step of an application wizard receives. */
export interface StepProps<D> {
  idPrefix: string;
  draft: D;
  update: (change: Partial<D>) => void;
  /** Field name -> message, for the fields of this step. */
  errors: Record<string, string>;
}
