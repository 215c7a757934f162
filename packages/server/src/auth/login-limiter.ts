import { RateLimiterMemory } from 'rate-limiter-flexible';

const windowSeconds = 15 * 60;

/** Failed logins counted per username and per address; either running out blocks the next attempt. */
export class LoginLimiter {
  private readonly byUsername: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;

  constructor(perUsername: number, perIp: number) {
    this.byUsername = new RateLimiterMemory({ points: perUsername, duration: windowSeconds });
    this.byIp = new RateLimiterMemory({ points: perIp, duration: windowSeconds });
  }

  /** Seconds to wait before another attempt, or 0 when the attempt may go ahead. */
  async retryAfter(username: string, ip: string): Promise<number> {
    const [user, address] = await Promise.all([this.byUsername.get(username), this.byIp.get(ip)]);
    const blocked = [
      { state: user, limit: this.byUsername.points },
      { state: address, limit: this.byIp.points },
    ].filter((x) => x.state && x.state.consumedPoints >= x.limit);
    if (blocked.length === 0) return 0;
    return Math.max(...blocked.map((b) => Math.ceil((b.state?.msBeforeNext ?? 1000) / 1000)));
  }

  async failed(username: string, ip: string): Promise<void> {
    await Promise.all([this.byUsername.penalty(username, 1), this.byIp.penalty(ip, 1)]);
  }

  async succeeded(username: string): Promise<void> {
    await this.byUsername.delete(username);
  }
}
