/**
 * Constants of the explorer's content that the browser needs too: kept apart
 * from ./explorer.ts so that the browser bundle never pulls in zod.
 */

/** The option id every question gets for "Weet ik nog niet": the answer stays unknown. */
export const ONBEKEND = 'onbekend';
