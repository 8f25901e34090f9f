/**
 * A clause set off by commas between a speaker's head and its verb, saying whom the speaker cites
 * or how its words came out: "The agency, citing police sources, reported", "The statement,
 * published on Telegram, claimed". The speaker is the phrase before it; what the clause names
 * (Telegram, police sources) is not.
 */
const ASIDE_WORDS = String.raw`(?:citing|quoting|published|released|posted|issued|seen|obtained|reviewed|sent|unsealed|filed)`;

/** Such a clause closing the words before a cue: ", published on Telegram," (a few words). */
export const ASIDE_BEFORE_CUE = new RegExp(String.raw`,\s+${ASIDE_WORDS}\s+[^,.;:!?"“”]{1,80},\s*$`, 'iu');
/** Such a clause closing a source phrase, its last comma left out or not. */
export const ASIDE_CLOSING = new RegExp(String.raw`,\s+${ASIDE_WORDS}\s+[^,]+,?$`, 'iu');
/** Where such a clause opens inside a source phrase. */
export const ASIDE_OPENING = new RegExp(String.raw`,\s+${ASIDE_WORDS}\s`, 'iu');
