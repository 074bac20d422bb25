import { randomBytes } from 'node:crypto';

/** A new random id for a section or an open document (URL-safe, matches SectionIdSchema). */
export const newId = (): string => randomBytes(12).toString('base64url');
