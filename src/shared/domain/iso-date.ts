import { z } from 'zod';

/** A calendar date in Europe/Helsinki as ISO "yyyy-mm-dd"; the UI reads and shows d.m.yyyy. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'date');
