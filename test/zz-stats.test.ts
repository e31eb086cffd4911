import { test } from 'node:test';
import fc from 'fast-check';
