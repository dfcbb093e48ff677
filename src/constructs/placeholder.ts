import type { Construct } from './construct.js';

/** `ac:placeholder` is editor hint text ("Type your summary here"), never content: dropped. */
export const placeholder: Construct = {
  name: 'placeholder',
  storage: { tags: ['ac:placeholder'], toHub: () => '' },
};
