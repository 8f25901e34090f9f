/**
 * Capitalised words that make a name an organisation ("Armed Forces of Ukraine", "Ministry of
 * Defence", "The New York Times"). Curation rule: the word must mark an institution, not a place
 * or a person, when it is part of a capitalised name.
 */
export const organizationWords = ['Motors', 'Electric', 'Dynamics', 'Forces', 'Force', 'Army', 'Navy', 'Guard', 'Ministry', 'Department', 'Office', 'Agency', 'Service', 'Services', 'Committee', 'Council', 'Commission', 'Party', 'Parliament', 'Congress', 'Senate', 'House', 'Assembly', 'Duma', 'Rada', 'Union', 'Organization', 'Organisation', 'Association', 'Institute', 'Foundation', 'University', 'College', 'School', 'Hospital', 'Court', 'Bank', 'Fund', 'Group', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Company', 'Co.', 'News', 'Times', 'Post', 'Journal', 'Press', 'Network', 'Television', 'Radio', 'Headquarters', 'Staff', 'Command', 'Administration', 'Government', 'Cabinet', 'Kremlin', 'Pentagon', 'Police', 'Campaign', 'Center', 'Centre', 'Bureau', 'Authority', 'Board', 'Church', 'Media', 'Telegraph', 'Tribune', 'Herald', 'Gazette', 'Reuters', 'NATO', 'UN', 'EU', 'FBI', 'CIA', 'NSA', 'CNN', 'BBC', 'AP', 'AFP', 'GOP', 'DNC', 'RNC', 'SBU', 'ISW', 'IAEA', 'WHO', 'UNICEF', 'OSCE', 'ICRC'] as const;

/** Names that are organisations on their own and are often written as one word. */
export const standaloneOrganizations = ['Kremlin', 'Pentagon', 'NATO', 'Reuters', 'FBI', 'CIA', 'NSA', 'CNN', 'BBC', 'AP', 'AFP', 'GOP', 'DNC', 'RNC', 'SBU', 'ISW', 'IAEA', 'UNICEF', 'OSCE', 'ICRC', 'Hamas', 'Hezbollah', 'Wagner', 'Twitter', 'Facebook', 'Google', 'Telegram', 'Fox'] as const;
