/**
 * The report as files to download. JSON is the versioned report exactly as replay-core writes it
 * (decimal strings, so it reads back without loss); the file name says which bundle and when.
 */
import type { ReplayReport } from '../../replay/types.ts';

/**
 * A file name from the bundle's name and the run's date: lower-case words joined by dashes.
 * @example reportFileName(report, 'csv', new Date('2026-03-05T10:00:00Z')) // 'sample-grocer-report-2026-03-05.csv'
 */
export function reportFileName(report: ReplayReport, extension: 'csv' | 'json', at: Date = new Date()): string {
  const name = report.bundle.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'replay';
  return `${name}-report-${at.toISOString().slice(0, 10)}.${extension}`;
}

/** The report as JSON text, indented for reading in an editor. */
export const reportJsonText = (report: ReplayReport): string => `${JSON.stringify(report, null, 2)}\n`;

/** Starts a browser download of `text` (an object URL released right after the click has started it). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
