import { DEFAULT_AGENCY_KEYS, type DefaultAgencyKey } from '../agency';

/**
 * Wording that names an agency. Letters have no per-agency sections: the agency is named in
 * the finding ("West Midlands Police need to…"), so these are guesses the user can correct.
 */
const AGENCY_WORDS: Record<DefaultAgencyKey, readonly RegExp[]> = {
  police: [
    /\bpolice\b/i,
    /\bconstabular(?:y|ies)\b/i,
    /\bMPS\b/,
    /\b(?:detective|police|response|neighbourhood|custody|CAIT|PPU)\s+(?:officers?|constables?|sergeants?)\b/i,
    /\bthe force\b/i,
    /\bchild abuse investigation team\b/i,
  ],
  health: [
    /\bNHS\b/,
    /\bTrusts?\b/,
    /\bthe trusts?\b/i,
    /\b(?:ICBs?|CCGs?|GPs?|CAMHS|ED|HDFT|CDDFT|TEWV)\b/,
    /\b(?:integrated care board|clinical commissioning group|general practi(?:ce|tioners?)|primary care)\b/i,
    /\bhealth\b(?!\s+and\s+safety)/i,
    /\bhospitals?\b/i,
    /\bmidwi(?:fe|ves|fery)\b/i,
    /\b(?:school nurs\w*|health visit\w*|paediatric\w*|emergency departments?|maternity|named (?:doctor|nurse)|designated (?:doctor|nurse)|dent\w+)\b/i,
  ],
  education: [
    /\bschools?\b(?!\s+nurs)/i,
    /\beducation\b/i,
    /\bacadem(?:y|ies)\b/i,
    /\b(?:headteachers?|teachers?|colleges?|nurser(?:y|ies))\b/i,
  ],
  probation: [/\bprobation\b/i, /\b(?:CRCs?|NPS)\b/, /\bcommunity rehabilitation compan(?:y|ies)\b/i],
  'youth-justice': [/\byouth offending\b/i, /\b(?:YOS|YOT|YJS)\b/, /\byouth justice\b/i],
  'childrens-social-care': [
    /\blocal authorit(?:y|ies)(?:’s|'s)?\b/i,
    /\bchildren[’']?s?[’']? (?:social care|services)\b/i,
    /\bsocial (?:workers?|work|care)\b/i,
    /\b(?:the )?council\b/i,
    /\bMASH\b(?![\s-]+police)/,
    /\bearly help\b/i,
    /\b(?:emergency duty team|EDT|front door|director of children)\b/i,
  ],
  partnership: [
    /\bpartnerships?\b/i,
    /\b(?:LSCBs?|LSCP|BSCP|SCP)\b/,
    /\bsafeguarding (?:children )?(?:partners|board)\b/i,
    /\bmulti-?agency (?:safeguarding )?arrangements\b/i,
    /\bpartners\b/i,
    /\b(?:all|across|each|partner) agencies\b/i,
  ],
};

/** "MASH police" and "police in the MASH" are the police part of the hub, not the council's. */
function policeOnlyMash(text: string): boolean {
  const mentions = text.match(/\bMASH\b/g)?.length ?? 0;
  const policeMentions = text.match(/\bMASH[\s-]+police\b|\bpolice (?:\w+ )?in the MASH\b/gi)?.length ?? 0;
  return mentions > 0 && mentions === policeMentions;
}

function mentions(agency: DefaultAgencyKey, text: string): boolean {
  const words = AGENCY_WORDS[agency].filter(
    (w) => !(agency === 'childrens-social-care' && policeOnlyMash(text) && w.source.includes('MASH')),
  );
  return words.some((w) => w.test(text));
}

/** Agencies named in a finding (its text, sub-items and sub-heading), in the default order. */
export function inferAgencies(texts: readonly string[]): DefaultAgencyKey[] {
  const text = texts.join('\n');
  return DEFAULT_AGENCY_KEYS.filter((agency) => mentions(agency, text));
}
