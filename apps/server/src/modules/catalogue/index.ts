export { countResources, countServiceItems } from './catalogue.repository.ts';
