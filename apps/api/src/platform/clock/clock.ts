import { Injectable } from '@nestjs/common';

/**
 * The time as sessions and sign-in throttling see it. One instance per app,
 * so a test can move time on: `app.get(Clock).now = () => later`.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
