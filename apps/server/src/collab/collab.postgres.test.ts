import { describeCollabSuite } from './collab.suite.js';

describeCollabSuite('postgres');
