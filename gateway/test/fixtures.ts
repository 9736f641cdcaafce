/** A fire report that fire prevention accepts: a real sub-compartment of 五营 (230724) in the seeded data. */
export const fireReport = {
  divisionCode: '230724',
  subCompartmentId: 'fdcd7e6d-179a-472c-95b3-d9dfb9d1f3c5',
  place: '五营林业局21林班1小班',
  longitude: 129.3462,
  latitude: 48.3123,
  cause: 'UNKNOWN',
  detection: 'LOOKOUT_TOWER',
  towerCode: 'LT23072401',
  reportedBy: '张松林',
  burnedArea: 0.8,
  affectedForestArea: 0.5,
};
