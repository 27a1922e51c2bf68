const SECRET_KEYS = Symbol('facile:secret-keys');

/** Marks a config property as secret: never logged, shown as *** by describeConfig(). */
export function Secret(): PropertyDecorator {
  return (target, key) => {
    const ctor = target.constructor as unknown as Record<symbol, Set<string | symbol> | undefined>;
    const own = Object.prototype.hasOwnProperty.call(ctor, SECRET_KEYS) ? ctor[SECRET_KEYS] : undefined;
    const set = own ?? new Set(ctor[SECRET_KEYS] ?? []);
    set.add(key);
    ctor[SECRET_KEYS] = set;
  };
}

export function secretKeysOf(ctor: object): Set<string | symbol> {
  return (ctor as Record<symbol, Set<string | symbol> | undefined>)[SECRET_KEYS] ?? new Set();
}
