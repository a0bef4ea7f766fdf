// Connect and Fastify export a factory function and keep no prototype to patch: the
// module's export is replaced by a function that patches what the factory makes.
const PATCHED = Symbol('hopscope.patched-factory');

type Factory = Function & Record<string | symbol, unknown>;

export function wrapFactory<T extends object>(
  factory: Factory,
  patch: (made: T) => T,
  selfAliases: string[] = [],
): Factory {
  if (factory[PATCHED]) return factory;
  const patched = function (this: unknown) {
    return patch(factory.apply(this, arguments) as T);
  } as unknown as Factory;
  Object.assign(patched, factory);
  for (const alias of selfAliases) patched[alias] = patched;
  patched[PATCHED] = true;
  return patched;
}
