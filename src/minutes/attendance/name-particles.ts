/**
 * Particles of family names written in lower case inside a name: Dutch, German, French, Spanish,
 * Portuguese, Italian, Scandinavian, Arabic, Hebrew and Welsh ("Lea vom Bach", "Inés de las Heras",
 * "Rina degli Alberti", "Dov ben Ami", "Ivo van der Berg").
 */
const PARTICLES = ['de', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'delle', 'dello', 'dei', 'degli', 'dal', 'dalla', 'der', 'den', 'van', 'von', 'vom', 'zum', 'zur', 'ter', 'ten', 'la', 'las', 'le', 'los', 'du', 'bin', 'binti', 'bint', 'ibn', 'ben', 'bat', 'ap', 'al', 'el', 'zu', 'af', 'av'];

/** A particle, or one of the conjunctions a Spanish or Portuguese double surname may hold ("y", "e"). */
export const NAME_PARTICLE = new RegExp(`^(?:${[...PARTICLES, 'y', 'e'].join('|')})$`);

/**
 * Regular-expression source of the particles written before a capitalised part of a name, each
 * followed by a space ("van der "); no conjunctions, so "Ana e Rui:" stays two people.
 */
export const PARTICLES_BEFORE_NAME = `(?:(?:${PARTICLES.join('|')})\\s+){0,3}`;
