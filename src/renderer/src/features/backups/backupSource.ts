/**
 * Whose backups the dialog shows: the plan open in the window, or a plan file that is not open
 * (one refused as damaged, or chosen from the menu with no plan open).
 */
export type BackupSource =
  { kind: 'plan'; docId: string; path: string } | { kind: 'file'; path: string; damaged: boolean };
