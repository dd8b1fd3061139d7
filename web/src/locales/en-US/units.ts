import type { Messages } from '../zh-CN';

const units: Messages['units'] = {
  title: 'Units',
  tree: 'Organization',
  searchPlaceholder: 'Search units',
  create: 'New unit',
  createChild: 'New sub-unit',
  rename: 'Edit',
  move: 'Move',
  name: 'Name',
  kind: 'Kind',
  parent: 'Parent unit',
  newParent: 'Move under (new parent)',
  topLevel: 'None (top level)',
  level: 'Level',
  levelN: 'Level {level}',
  children: 'Sub-units',
  noChildren: 'No sub-units',
  noSelection: 'Select a unit in the organization tree',
  created: 'Unit "{name}" created',
  updated: 'Unit saved',
  moved: 'Unit moved under "{parent}"',
  reloaded: 'The latest data has been reloaded; check it before trying again',
  kinds: {
    city: 'City',
    district: 'District / county',
    street: 'Street / township',
    community: 'Community / village',
    department: 'Government department',
    soe: 'State-owned enterprise',
    university: 'University',
    hospital: 'Hospital',
    nonPublic: 'Non-public enterprise or social organization',
    other: 'Other',
  },
};

export default units;
