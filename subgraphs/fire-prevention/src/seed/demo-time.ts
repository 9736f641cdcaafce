/**
 * The demo's "now", 2026-11-01 14:00 in China: incidents, patrols, alerts and their handling run
 * up to it, so some fires are still burning and some alerts still wait for acknowledgement.
 */
export const DEMO_NOW = new Date('2026-11-01T06:00:00Z');
