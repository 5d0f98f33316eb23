export { countExperts, countTalents } from './talent.repository.ts';
