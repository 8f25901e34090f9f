import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './0001-initial.js';
import * as injuredIsWounded from './0002-injured-is-wounded.js';
import * as placeOwner from './0003-place-owner.js';
import * as bodiesAreAnyone from './0004-bodies-are-anyone.js';
import * as claimOrigin from './0005-claim-origin.js';
import * as figureSentence from './0006-figure-sentence.js';
import * as placeSpellings from './0007-place-spellings.js';
import * as measureWords from './0008-measure-words.js';
import * as aboard from './0009-aboard.js';
import * as powerCustomers from './0010-power-customers.js';
import * as moodWords from './0011-mood-words.js';
import * as figureSource from './0012-figure-source.js';

/** Every migration, in order. Listed statically so compiled and tsx runs see the same set. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-injured-is-wounded': injuredIsWounded,
  '0003-place-owner': placeOwner,
  '0004-bodies-are-anyone': bodiesAreAnyone,
  '0005-claim-origin': claimOrigin,
  '0006-figure-sentence': figureSentence,
  '0007-place-spellings': placeSpellings,
  '0008-measure-words': measureWords,
  '0009-aboard': aboard,
  '0010-power-customers': powerCustomers,
  '0011-mood-words': moodWords,
  '0012-figure-source': figureSource,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
