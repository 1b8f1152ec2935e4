/* bf16_inference.c: a logistic layer in bfloat16, the way inference runs
 * it: weights, inputs and activations stored as 16-bit bfloat16, the
 * products summed in float, sigma applied to the bf16 logits.
 *   cc -O2 bf16_inference.c && ./a.out   (no -lm)
 * sigmoid_array_bf16 rounds sigma(x) once, correctly, to bfloat16; widening,
 * calling a float sigmoid and narrowing would round twice. */
#include <stdint.h>
#include <stdio.h>
#include "../sigmoid.h"

#define IN 4
#define OUT 3
#define BATCH 2

int main(void)
{
    const float w_init[OUT][IN] = {{0.5f, -1.25f, 2.0f, 0.125f}, {-3.0f, 0.75f, 0.5f, 1.5f}, {8.0f, 8.0f, -8.0f, 8.0f}};
    const float x_init[BATCH][IN] = {{1.0f, 0.5f, -0.25f, 2.0f}, {-1.5f, 3.0f, 0.0f, 0.75f}};
    uint16_t w[OUT][IN], x[BATCH][IN], logit[BATCH][OUT], y[BATCH][OUT];
    int b, o, i;

    /* storage in bfloat16 (round to nearest even) */
    for (o = 0; o < OUT; o++)
        for (i = 0; i < IN; i++)
            w[o][i] = sigmoid_f32_to_bf16(w_init[o][i]);
    for (b = 0; b < BATCH; b++)
        for (i = 0; i < IN; i++)
            x[b][i] = sigmoid_f32_to_bf16(x_init[b][i]);

    /* logits: float accumulation, stored as bf16 */
    for (b = 0; b < BATCH; b++)
        for (o = 0; o < OUT; o++) {
            float acc = 0.0f;
            for (i = 0; i < IN; i++)
                acc += sigmoid_bf16_to_f32(w[o][i]) * sigmoid_bf16_to_f32(x[b][i]);
            logit[b][o] = sigmoid_f32_to_bf16(acc);
        }

    /* the activation: one call for the whole batch */
    sigmoid_array_bf16(&logit[0][0], &y[0][0], BATCH * OUT);

    for (b = 0; b < BATCH; b++)
        for (o = 0; o < OUT; o++)
            printf("sample %d, unit %d: logit %9.4f  sigma = %.6f (bf16 0x%04x)\n", b, o,
                   (double)sigmoid_bf16_to_f32(logit[b][o]), (double)sigmoid_bf16_to_f32(y[b][o]),
                   (unsigned)y[b][o]);
    return 0;
}
