import { describeBackendsApi } from './backends.suite.js';

describeBackendsApi('pglite');
