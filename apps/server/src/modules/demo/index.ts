export { seedDemoCounty, isDatabaseEmpty } from './demo.seeder.ts';
