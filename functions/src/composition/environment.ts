/** A deployment setting the CDK app passes to the function; missing means a broken deployment. */
export const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};
