/**
 * Issue 5's targets and the plain-Readability figures its author measured, kept beside our own
 * measurements so every run shows how far Lede is from where it must get.
 */
import type { Field } from './score';

export interface Target {
  /** Lede must reach this. */
  target: number;
  /** Plain Readability, as measured by the issue's author. */
  issueReadability: number;
}

export const TARGETS: Record<string, Partial<Record<Field, Target>>> = {
  'fundus-open': {
    title: { target: 0.95, issueReadability: 0.73 },
    authors: { target: 0.93, issueReadability: 0.87 },
    teaser: { target: 0.85, issueReadability: 0.65 },
    date: { target: 0.97, issueReadability: 0.92 },
    body: { target: 0.93, issueReadability: 0.89 },
  },
  postlight: {
    title: { target: 0.9, issueReadability: 0.52 },
    authors: { target: 0.85, issueReadability: 0.35 },
    teaser: { target: 0.7, issueReadability: 0.12 },
    date: { target: 0.95, issueReadability: 0.03 },
  },
};
