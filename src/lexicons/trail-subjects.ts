/**
 * How the figure trail decides two subjects name the same group. Curation rule: an alias goes
 * here only when news usage treats the names as the same population ("DPRK military" and "North
 * Korean troops"); a generic noun goes here only when it names the kind of group, not which one.
 */

export interface SubjectAlias {
  readonly id: string;
  /** Lower-case, diacritics stripped; matched as whole words, longest first. */
  readonly names: readonly string[];
  /** The group key the names collapse to. */
  readonly key: string;
  readonly reason: string;
}

export const SUBJECT_ALIASES = [
  {
    id: 'subject/aboard',
    names: ['passengers and crew', 'passengers and crew members', 'crew and passengers', 'passengers', 'passenger', 'on board', 'onboard', 'aboard'],
    key: 'aboard',
    reason: 'Those aboard a plane, a ship or a bus ("241 people on board", "35 passengers") are one population, counted apart from people on the ground; with no other group counted, a toll with no subject joins them (a sinking kills only those aboard).',
  },
  {
    id: 'subject/on-the-ground',
    names: ['on the ground'],
    key: 'on-the-ground',
    reason: 'Those a crash killed where it fell are counted apart from those aboard and from the whole toll.',
  },
  {
    id: 'subject/north-korea',
    names: ["democratic people's republic of korea", 'north koreans', 'north korean', 'north korea', 'dprk', 'pyongyang', "pyongyang's"],
    key: 'north-korea',
    reason: 'The state, its demonym and its official abbreviation name the same forces in war reporting.',
  },
  {
    id: 'subject/russia',
    names: ['russian federation', 'russians', 'russian', 'russia', "russia's", 'moscow', "moscow's", 'kremlin'],
    key: 'russia',
    reason: 'The capital and the Kremlin stand for the Russian state and its forces by metonymy.',
  },
  {
    id: 'subject/ukraine',
    names: ['ukrainians', 'ukrainian', 'ukraine', "ukraine's", 'kyiv', "kyiv's", 'kiev'],
    key: 'ukraine',
    reason: 'The capital (in either spelling) stands for the Ukrainian state and its forces.',
  },
  {
    id: 'subject/united-states',
    names: ['united states', 'americans', 'american', 'u.s.', 'usa', 'washington'],
    key: 'united-states',
    reason: 'Country name, demonym and abbreviations name the same population (not bare "us": the pronoun)',
  },
  {
    id: 'subject/power-customers',
    names: ['homes and businesses', 'households and businesses', 'customers', 'customer'],
    key: 'customers',
    reason: 'Utilities count outages by customer accounts; outlets report the same count as "homes and businesses" ("1.2 million homes and businesses without power", "900,000 customers").',
  },
  {
    id: 'subject/homes',
    names: ['homes', 'houses', 'dwellings', 'residences', 'home', 'house'],
    key: 'homes',
    reason: 'A disaster\'s "30 homes destroyed" and "30 houses destroyed" count the same buildings; outlets use the words for one another.',
  },
] as const satisfies readonly SubjectAlias[];

export interface GenericGroupNoun {
  readonly id: string;
  readonly word: string;
  readonly reason: string;
}

/** Words of a crowd's mood or manner: generic in a subject key (see GENERIC_GROUP_NOUNS). */
export const MOOD_WORDS = [
  'furious', 'angry', 'enraged', 'outraged', 'jubilant', 'cheering', 'chanting', 'singing', 'defiant', 'peaceful', 'frustrated',
  'desperate', 'frightened', 'terrified', 'panicked', 'grieving', 'mourning', 'weeping', 'masked', 'flag-waving', 'placard-waving',
] as const;

/** Nouns that say what kind of group is counted, dropped so "soldiers" and "troops" compare equal. */
export const GENERIC_GROUP_NOUNS = [
  { id: 'generic/soldiers', word: 'soldiers', reason: 'Military personnel, the head noun of most casualty subjects.' },
  { id: 'generic/soldier', word: 'soldier', reason: 'Singular of soldiers.' },
  { id: 'generic/troops', word: 'troops', reason: 'Synonym of soldiers in news usage.' },
  { id: 'generic/military', word: 'military', reason: '"the North Korean military" counts the same soldiers.' },
  { id: 'generic/servicemen', word: 'servicemen', reason: 'Official synonym of soldiers.' },
  { id: 'generic/personnel', word: 'personnel', reason: '"military personnel" counts soldiers.' },
  { id: 'generic/forces', word: 'forces', reason: '"North Korean forces" counts the same soldiers.' },
  { id: 'generic/army', word: 'army', reason: 'The army as a counted body of soldiers.' },
  { id: 'generic/fighters', word: 'fighters', reason: 'Synonym of soldiers for irregular units.' },
  { id: 'generic/occupiers', word: 'occupiers', reason: 'A loaded label for enemy soldiers; the counted group is the same.' },
  { id: 'generic/mercenaries', word: 'mercenaries', reason: 'A loaded label for foreign soldiers; the counted group is the same.' },
  { id: 'generic/people', word: 'people', reason: 'A counting word ("3,000 people"), not a group name.' },
  { id: 'generic/citizens', word: 'citizens', reason: 'Translated copy counts the dead as "citizens" ("38 citizens lost their lives"): the same people as "38 people".' },
  { id: 'generic/residents', word: 'residents', reason: '"12 residents were killed" in a town counts the same people as "12 people".' },
  { id: 'generic/others', word: 'others', reason: '"dozens of others were missing": more of the same people, not another group.' },
  { id: 'generic/bodies', word: 'bodies', reason: '"19 bodies recovered" counts the dead, whoever they were.' },
  { id: 'generic/body', word: 'body', reason: 'Singular of bodies.' },
  { id: 'generic/victims', word: 'victims', reason: '"21 victims" counts those harmed, whoever they were.' },
  { id: 'generic/victim', word: 'victim', reason: 'Singular of victims.' },
  { id: 'generic/vote', word: 'vote', reason: '"52% of the vote": the vote is what a share is of, not whose it is.' },
  { id: 'generic/votes', word: 'votes', reason: 'Plural of vote.' },
  { id: 'generic/ballots', word: 'ballots', reason: '"of ballots cast": the same as the vote.' },
  { id: 'generic/protesters', word: 'protesters', reason: 'A crowd\'s counting word: "11,000 protesters marched" counts the same crowd as "11,000 people took part".' },
  { id: 'generic/demonstrators', word: 'demonstrators', reason: 'Synonym of protesters.' },
  { id: 'generic/marchers', word: 'marchers', reason: 'Synonym of protesters for a march.' },
  { id: 'generic/participants', word: 'participants', reason: '"40,000 participants" counts the crowd the turnout counts.' },
  { id: 'generic/the', word: 'the', reason: 'Article.' },
  { id: 'generic/a', word: 'a', reason: 'Article.' },
  { id: 'generic/an', word: 'an', reason: 'Article.' },
  { id: 'generic/and', word: 'and', reason: 'Joins two groups ("Russian and North Korean soldiers"); the groups are the key.' },
  { id: 'generic/or', word: 'or', reason: 'Joins two groups, as "and" does.' },
  { id: 'generic/of', word: 'of', reason: 'Preposition in "troops of the DPRK".' },
  { id: 'generic/from', word: 'from', reason: 'Preposition in "soldiers from North Korea".' },
  ...MOOD_WORDS.map((word) => ({ id: `mood/${word}`, word, reason: 'How a crowd felt or behaved as one outlet saw it ("half a million furious protesters"), not which people it was: another outlet counts the same crowd without it.' })),
] as const satisfies readonly GenericGroupNoun[];

/**
 * Groups that are a part of the people counted, not a name for them: a toll of "15 children" is
 * not the toll an article gives without a subject ("73 wounded"), so it never takes those in. Only
 * a running total's: pupils held by kidnappers are all of those held (group-series.ts).
 * Matched as words of a subject key (singular, as subjectKey leaves them).
 */
export const PART_GROUP_NOUNS = [
  { id: 'part/on-the-ground', word: 'on-the-ground', reason: 'Those killed on the ground (the key of "on the ground") are a part of a crash\'s whole toll.' },
  { id: 'part/children', word: 'children', reason: 'Children are counted among all the victims, apart.' },
  { id: 'part/child', word: 'child', reason: 'Singular of children.' },
  { id: 'part/kid', word: 'kid', reason: 'Informal for child.' },
  { id: 'part/minor', word: 'minor', reason: 'Legal term for children.' },
  { id: 'part/baby', word: 'baby', reason: 'A subgroup of children.' },
  { id: 'part/babie', word: 'babie', reason: '"babies" as subjectKey singularises it.' },
  { id: 'part/infant', word: 'infant', reason: 'A subgroup of children.' },
  { id: 'part/teenager', word: 'teenager', reason: 'A subgroup by age.' },
  { id: 'part/women', word: 'women', reason: 'Women are counted among all the victims, apart.' },
  { id: 'part/woman', word: 'woman', reason: 'Singular of women.' },
  { id: 'part/girl', word: 'girl', reason: 'A subgroup by sex and age.' },
  { id: 'part/boy', word: 'boy', reason: 'A subgroup by sex and age.' },
  { id: 'part/elderly', word: 'elderly', reason: 'A subgroup by age.' },
  { id: 'part/student', word: 'student', reason: 'A subgroup by occupation.' },
  { id: 'part/pupil', word: 'pupil', reason: 'A subgroup by occupation.' },
  { id: 'part/rescuer', word: 'rescuer', reason: 'Rescuers hurt at a scene are counted apart.' },
  { id: 'part/medic', word: 'medic', reason: 'A subgroup by occupation.' },
  { id: 'part/journalist', word: 'journalist', reason: 'A subgroup by occupation.' },
  { id: 'part/firefighter', word: 'firefighter', reason: 'A subgroup by occupation.' },
] as const satisfies readonly GenericGroupNoun[];

export interface PlaceSuffix {
  readonly id: string;
  readonly word: string;
  readonly reason: string;
}

/** Administrative words after a place name: "Kursk region" and "Kursk" are one place. */
export const PLACE_SUFFIXES = [
  { id: 'place/region', word: 'region', reason: '"the Kursk region" is how outlets name the oblast.' },
  { id: 'place/oblast', word: 'oblast', reason: 'Transliterated term for a region.' },
  { id: 'place/province', word: 'province', reason: 'English term for an administrative region.' },
  { id: 'place/area', word: 'area', reason: '"the Kursk area" names the same front.' },
  { id: 'place/district', word: 'district', reason: 'Administrative subdivision named after its town.' },
  { id: 'place/governorate', word: 'governorate', reason: 'Middle East administrative region.' },
  { id: 'place/direction', word: 'direction', reason: 'Military usage: "the Kursk direction".' },
] as const satisfies readonly PlaceSuffix[];
