import { describeCollabSuite } from './collab.suite.js';

describeCollabSuite('pglite');
