/** Word lists for generated pages. Invented for this benchmark; any resemblance to a real wiki is the point. */

export const WORDS = (
  'the a of to and in for on with that this is are be we will should can release build service team ' +
  'deploy customer request review budget quarter roadmap migration database cluster latency index schema ' +
  'owner decision risk issue follow-up draft policy onboarding incident postmortem root cause timeline ' +
  'metrics dashboard alert threshold rollout feature flag pipeline staging production backlog sprint ' +
  'estimate dependency vendor contract renewal audit compliance access token credentials rotation ' +
  'network storage capacity forecast cost savings performance regression benchmark test coverage ' +
  'documentation template process workflow approval sign-off handover support escalation ticket queue ' +
  'agreed proposed blocked pending resolved updated reviewed scheduled postponed confirmed shared'
).split(' ');

export const NAMES = [
  'Amara Okafor', 'Bjørn Halvorsen', 'Chen Wei', 'Dolores Ibáñez', 'Emeka Nwosu', 'Fatima Zahra',
  'Grzegorz Nowak', 'Hana Suzuki', 'Ines Carvalho', 'Jonas Weber', 'Kavya Raman', 'Lukas Novák',
  'Mireille Dubois', 'Nikolai Petrov', 'Olusegun Adeyemi', 'Priya Natarajan', 'Quentin Marchand',
  'Rosa Lindqvist', 'Sipho Dlamini', 'Tomás Ortega', 'Ulla Virtanen', 'Valentina Greco',
  'Wojciech Zieliński', 'Xiadani Morales', 'Yusuf Demir', 'Zofia Kowalczyk',
];

export const ORGS = ['Acme Robotics', 'Northwind', 'Globex', 'Initech', 'Umbrella Labs', 'Hooli', 'Vandelay'];

export const LANGUAGES = ['java', 'python', 'bash', 'sql', 'javascript', 'yaml', 'xml', 'go', 'json', 'text'];

export const STATUS_TITLES: readonly (readonly [string, string])[] = [
  ['Green', 'DONE'], ['Green', 'ON TRACK'], ['Yellow', 'IN PROGRESS'], ['Yellow', 'AT RISK'],
  ['Red', 'BLOCKED'], ['Red', 'OVERDUE'], ['Blue', 'NEW'], ['Grey', 'NOT STARTED'], ['Purple', 'REVIEW'],
];

export const EMOTICONS = ['smile', 'sad', 'thumbs-up', 'thumbs-down', 'warning', 'tick', 'cross', 'information', 'light-on', 'star_yellow'];

export const TOPICS = [
  'Platform', 'Billing', 'Search', 'Identity', 'Data Pipeline', 'Mobile App', 'Payments', 'Reporting',
  'Infrastructure', 'Security', 'Onboarding', 'Notifications', 'Analytics', 'Storage', 'Developer Portal',
];

export const UNKNOWN_MACROS = ['drawio', 'gliffy', 'com.example.roadmap-planner', 'plantuml', 'viewpdf', 'widget', 'lucidchart', 'team-calendar'];

export const DYNAMIC_MACROS = ['toc', 'children', 'recently-updated', 'pagetree', 'contentbylabel', 'tasks-report-macro'];
