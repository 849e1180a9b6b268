import { describeEventBusContract } from '../testing/event-bus-contract.js';
import { createInProcessEventBus } from './in-process-bus.js';

describeEventBusContract('in-process', () => createInProcessEventBus({ onError: () => {} }));
