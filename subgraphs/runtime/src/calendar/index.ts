/**
 * The offices' calendar: dates in China Standard Time and the working days that administrative
 * deadlines are counted in. A subpath of its own, because its short names (`addDays`) read
 * well only next to each other.
 */
export * from './local-date.js';
export * from './working-days.js';
